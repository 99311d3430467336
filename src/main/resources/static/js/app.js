// Koordinera's own script (the Content-Security-Policy allows no inline script): buttons marked
// data-print open the browser's print dialog.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-print]");
  if (button) {
    window.print();
  }
});
