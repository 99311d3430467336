// Saved views: the filters as the page shows them (the filter form when there is one, else the address) go with the save.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.matches || !form.matches("form[data-saved-view]")) {
    return;
  }
  var filters = document.getElementById("filters");
  var query = filters ? new URLSearchParams(new FormData(filters)).toString() : window.location.search.replace(/^\?/, "");
  form.querySelector("input[name=query]").value = query;
});
