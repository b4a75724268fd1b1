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
const find = root.dataset.find || null;
// Characters of the record's text matched on the page (letters and digits only,
// so spacing, hyphens and line breaks do not matter).
const FIND_MATCH_CHARS = 40;
const boxPage = Number(root.dataset.page);
let current = boxPage;
let pdf = null;
let rendering = null;

function showError(message) {
  errorBox.textContent = message; // text, never HTML
  errorBox.hidden = false;
  root.dataset.state = "error";
}

function letters(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

// Where a record without a stored box sits: the text items of the page that
// hold the start of its text, as one rectangle in canvas pixels.
async function findText(page, viewport, text) {
  const wanted = letters(text).slice(0, FIND_MATCH_CHARS);
  if (wanted.length < 3) return null;
  const content = await page.getTextContent();
  let joined = "";
  const owner = []; // owner[i]: the item that character i of `joined` came from
  content.items.forEach((item, i) => {
    const part = letters(item.str || "");
    joined += part;
    for (let k = 0; k < part.length; k++) owner.push(i);
  });
  const at = joined.indexOf(wanted);
  if (at < 0) return null;
  const items = new Set(owner.slice(at, at + wanted.length));
  let r = null;
  for (const i of items) {
    const it = content.items[i];
    const [, , , , x, y] = it.transform;
    const h = it.height || Math.hypot(it.transform[2], it.transform[3]);
    const [ax, ay, bx, by] = viewport.convertToViewportRectangle([x, y, x + it.width, y + h]);
    const rect = { l: Math.min(ax, bx), t: Math.min(ay, by), r: Math.max(ax, bx), b: Math.max(ay, by) };
    r = r ? { l: Math.min(r.l, rect.l), t: Math.min(r.t, rect.t), r: Math.max(r.r, rect.r), b: Math.max(r.b, rect.b) } : rect;
  }
  return r && { left: r.l, top: r.t, width: r.r - r.l, height: r.b - r.t };
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
  let region = null;
  if (number === boxPage && box) {
    // Stored boxes are in unrotated page points from the top-left, as the reader saw them.
    const [x0, top, x1, bottom] = box;
    const offsetX = page.view[0] * scale; // page.view: [x0, y0, x1, y1] of the page box
    region = { left: x0 * scale - offsetX, top: top * scale, width: (x1 - x0) * scale, height: (bottom - top) * scale };
  } else if (number === boxPage && find) {
    region = await findText(page, viewport, find);
  }
  if (region) {
    Object.assign(highlight.style, {
      left: `${region.left - 3}px`,
      top: `${region.top - 3}px`,
      width: `${region.width + 6}px`,
      height: `${region.height + 6}px`,
    });
    highlight.hidden = false;
    const seen = highlight.getBoundingClientRect();
    if (seen.top < 0 || seen.bottom > window.innerHeight) highlight.scrollIntoView({ block: "center" });
  } else {
    highlight.hidden = true;
  }
  root.dataset.highlight = region ? (box ? "box" : "text") : "none";
  root.dataset.renderedPage = String(number); // last: tests wait for it
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
