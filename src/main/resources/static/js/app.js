// Koordinera's own script (the Content-Security-Policy allows no inline script).

// Buttons marked data-print open the browser's print dialog.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-print]");
  if (button) {
    window.print();
  }
});

// Focus after a form post (WCAG 2.4.3; issue 12 item 13), the one mechanism for every page: the page
// after a post-redirect-get or a refused form carries <meta name="koordinera-after-post">. The focus
// goes to the refused form's first invalid field, else to the message (role=alert or role=status,
// made focusable with tabindex=-1), so that a keyboard user continues where they were and a screen
// reader reads the outcome. A field the page itself focuses (autofocus) is left alone.
(function () {
  function focusAfterPost() {
    if (!document.querySelector('meta[name="koordinera-after-post"]')) {
      return;
    }
    var active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) {
      return;
    }
    var main = document.getElementById("main") || document.body;
    var target = main.querySelector('[aria-invalid="true"]:not([type=hidden]):not([disabled])');
    if (!target) {
      var messages = main.querySelectorAll('[role="alert"], [role="status"]');
      for (var i = 0; i < messages.length && !target; i++) {
        // A live counter (the overview's number of cases) is not a message of the post.
        if (messages[i].textContent.trim() !== "" && !messages[i].hasAttribute("data-not-focus") && messages[i].offsetParent !== null) {
          target = messages[i];
        }
      }
      if (target && !target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
    }
    if (target) {
      target.focus();
      if (target.scrollIntoView) {
        target.scrollIntoView({block: "center"});
      }
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusAfterPost);
  } else {
    focusAfterPost();
  }
})();

// The overview's filter messages arrive by htmx (out of band): mark the fields they are about as invalid.
document.addEventListener("htmx:afterSettle", function () {
  document.querySelectorAll(".field-error[data-fields]").forEach(function (message) {
    var invalid = message.textContent.trim() !== "";
    message.getAttribute("data-fields").split(" ").forEach(function (id) {
      var field = document.getElementById(id);
      if (field) {
        if (invalid) {
          field.setAttribute("aria-invalid", "true");
        } else {
          field.removeAttribute("aria-invalid");
        }
      }
    });
  });
});
