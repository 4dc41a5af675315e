// truthgraph status pages: a click on a diagram opens it at full size (scroll or drag to pan)
// with the page's subject centred; another click or Escape closes it. Links still navigate.
(function () {
  "use strict";
  function close(figure) {
    figure.classList.remove("tg-zoomed");
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || target.closest("a")) {
      return;
    }
    var figure = target.closest("figure.tg-diagram");
    if (!figure) {
      return;
    }
    if (figure.classList.toggle("tg-zoomed")) {
      var subject = figure.querySelector(".tg-highlight");
      if (subject) {
        subject.scrollIntoView({ block: "center", inline: "center" });
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll("figure.tg-zoomed").forEach(close);
    }
  });
})();
