// The web page's progressive enhancement: everything works without it.
// - Upload: drag and drop, one request per file with its own progress bar (XMLHttpRequest's upload events).
// - A notice: a click on a highlight in the text shows its item in the lists; a jump to an item flashes it.
"use strict";

function setupUpload() {
  const form = document.getElementById("upload");
  const list = document.getElementById("progress");
  if (!form || !list) return;
  const input = form.querySelector("input[type=file]");
  const limitMb = Number(form.dataset.limitMb) || Infinity;

  function tooLarge(file) {   // refused here as the server would refuse it, without sending it
    const mb = Math.ceil(file.size / (1024 * 1024));
    const li = document.createElement("li");
    const name = document.createElement("span");
    const error = document.createElement("span");
    li.className = "failed";
    name.className = "name";
    name.textContent = file.name;
    error.className = "error";
    error.setAttribute("role", "alert");
    error.textContent = "文件过大：文件大小为 " + mb + " MB，超过 " + limitMb + " MB 的上限";
    li.append(name, "：", error);
    list.append(li);
  }

  function send(file) {
    if (file.size > limitMb * 1024 * 1024) return tooLarge(file);
    const li = document.createElement("li");
    const bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", file.name + " 上传进度");
    li.append(file.name, bar);
    list.append(li);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/upload");
    xhr.setRequestHeader("X-Fragment", "1");
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
    xhr.upload.onload = () => { bar.removeAttribute("value"); li.append("　解析中…"); };
    xhr.onload = () => {
      if ((xhr.getResponseHeader("content-type") || "").includes("text/html") && xhr.responseText.includes("<li")) {
        li.outerHTML = xhr.responseText;
      } else {
        let detail = xhr.statusText;
        try { detail = JSON.parse(xhr.responseText).detail || detail; } catch (_) { /* not JSON */ }
        li.className = "failed";
        li.textContent = file.name + "：无法上传（" + xhr.status + "）" + detail;
      }
      refreshList();
    };
    xhr.onerror = () => { li.className = "failed"; li.textContent = file.name + "：网络错误，未能上传"; };
    const data = new FormData();
    data.append("files", file, file.name);
    xhr.send(data);
  }

  function sendAll(files) { for (const f of files) send(f); input.value = ""; }

  form.addEventListener("submit", (e) => { e.preventDefault(); sendAll(input.files); });
  input.addEventListener("change", () => sendAll(input.files));
  for (const type of ["dragenter", "dragover"]) {
    form.addEventListener(type, (e) => { e.preventDefault(); form.classList.add("over"); });
  }
  form.addEventListener("dragleave", () => form.classList.remove("over"));
  form.addEventListener("drop", (e) => {
    e.preventDefault(); form.classList.remove("over");
    sendAll(e.dataTransfer.files);
  });
}

let refreshTimer = null;
function refreshList() {
  // The stored notices' table again, once the uploads in flight settle.
  if (!window.htmx || !document.getElementById("notices")) return;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    htmx.ajax("GET", location.pathname + location.search, {target: "#notices", select: "#notices", swap: "outerHTML"});
  }, 300);
}

function flash(el) {
  el.classList.add("flash");
  setTimeout(() => el.classList.remove("flash"), 2000);
}

function setupNotice() {
  const text = document.getElementById("text");
  if (!text) return;
  text.addEventListener("click", (e) => {
    const mark = e.target.closest("mark.hl");
    if (!mark) return;
    const item = document.getElementById("item-" + mark.dataset.ref);
    if (!item) return;
    item.scrollIntoView({block: "center"});
    flash(item);
    const link = item.querySelector("a");
    if (link) link.focus({preventScroll: true});
  });
  document.addEventListener("click", (e) => {
    const jump = e.target.closest("a.jump");
    if (!jump) return;
    const mark = document.getElementById(jump.dataset.ref);
    if (mark) { mark.scrollIntoView({block: "center"}); flash(mark); }
  });
  if (location.hash === "#hit") {
    const hit = text.querySelector("mark.hl-hit");
    if (hit) { hit.scrollIntoView({block: "center"}); flash(hit); }
  }
}

document.addEventListener("DOMContentLoaded", () => { setupUpload(); setupNotice(); });
