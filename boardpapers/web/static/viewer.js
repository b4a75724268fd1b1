// The PDF viewer: one page at a time on a canvas with PDF.js (vendored, no
// network), and the record's box [x0, top, x1, bottom] in PDF points from the
// page's top-left drawn over it. Configuration comes from data- attributes
// (the page allows no inline scripts).
import * as pdfjsLib from "/static/vendor/pdfjs/pdf.min.mjs";

pdfjsLib.GlobalWorkerOptions.workerSrc = "/static/vendor/pdfjs/pdf.worker.min.mjs";

const root = document.getElementById("viewer");
const canvas = document.getElementById("canvas");
const frame = document.getElementById("frame");
const highlight = document.getElementById("highlight");
const pageNum = document.getElementById("page-num");
const errorBox = document.getElementById("viewer-error");
const box = root.dataset.box ? root.dataset.box.split(",").map(Number) : null;
const boxPage = Number(root.dataset.page);
let current = boxPage;
let pdf = null;
let rendering = null;

function showError(message) {
  errorBox.textContent = message; // text, never HTML
  errorBox.hidden = false;
  root.dataset.state = "error";
}

async function render(number) {
  if (!pdf) return;
  number = Math.min(Math.max(number, 1), pdf.numPages);
  if (rendering) await rendering.catch(() => {});
  root.dataset.state = "rendering";
  const page = await pdf.getPage(number);
  const base = page.getViewport({ scale: 1 });
  const width = Math.min(frame.parentElement.clientWidth || 900, 1100);
  const scale = width / base.width;
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  frame.style.width = `${viewport.width}px`;
  const task = page.render({
    canvas,
    canvasContext: canvas.getContext("2d"),
    viewport,
    transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null,
  });
  rendering = task.promise;
  await rendering;
  current = number;
  pageNum.textContent = String(number);
  canvas.setAttribute("aria-label", `Page ${number}`);
  canvas.dataset.page = String(number);
  root.dataset.renderedPage = String(number);
  if (box && number === boxPage) {
    // Stored boxes are in unrotated page points from the top-left, as the reader saw them.
    const [x0, top, x1, bottom] = box;
    const view = page.view; // [x0, y0, x1, y1] of the page box
    const offsetX = view[0] * scale;
    Object.assign(highlight.style, {
      left: `${x0 * scale - offsetX - 3}px`,
      top: `${top * scale - 3}px`,
      width: `${(x1 - x0) * scale + 6}px`,
      height: `${(bottom - top) * scale + 6}px`,
    });
    highlight.hidden = false;
    highlight.scrollIntoView({ block: "nearest" });
  } else {
    highlight.hidden = true;
  }
  const url = new URL(window.location.href);
  url.searchParams.set("page", String(number));
  window.history.replaceState(null, "", url);
  root.dataset.state = "ready";
}

document.getElementById("prev").addEventListener("click", () => render(current - 1));
document.getElementById("next").addEventListener("click", () => render(current + 1));
document.addEventListener("keydown", (e) => {
  if (e.target.closest("input, textarea")) return;
  if (e.key === "ArrowLeft" || e.key === "PageUp") render(current - 1);
  if (e.key === "ArrowRight" || e.key === "PageDown") render(current + 1);
});

try {
  pdf = await pdfjsLib.getDocument({ url: root.dataset.pdf, isEvalSupported: false }).promise;
  document.getElementById("page-count").textContent = String(pdf.numPages);
  await render(current);
} catch (err) {
  showError(`Could not show this PDF: ${err && err.message ? err.message : err}`);
}
