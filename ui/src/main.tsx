/** Entry point: the stylesheet, the controller, and the app mounted on #app. */
import "./styles.css";
import { render } from "preact";
import { App } from "./app";
import { Controller } from "./controller";

const controller = new Controller();
const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App controller={controller} />, root);
}
controller.start();
