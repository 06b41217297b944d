// Small progressive touches for readers; every page works without this file.
(function () {
    "use strict";

    function preferredLanguage() {
        var match = document.cookie.match(/(?:^|;\s*)django_language=([^;]+)/);
        return match ? decodeURIComponent(match[1]) : "";
    }

    // A reader who chose a language in the picker and lands on a story that exists in it is offered it.
    function offerPreferredLanguage() {
        var offer = document.getElementById("language-offer");
        var wanted = preferredLanguage();
        if (!offer || !wanted || wanted === document.documentElement.lang) return;
        var template = offer.querySelector('template[data-lang="' + wanted + '"]');
        if (!template) return;
        offer.insertBefore(template.content.cloneNode(true), offer.firstChild);
        offer.hidden = false;
        offer.querySelector("[data-dismiss]").addEventListener("click", function () {
            offer.hidden = true;
        });
    }

    // "Copy link" needs the clipboard API; without it the button stays hidden.
    function copyLinks() {
        if (!navigator.clipboard) return;
        document.querySelectorAll(".share__copy").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
                navigator.clipboard.writeText(button.dataset.url).then(function () {
                    button.textContent = button.dataset.done;
                });
            });
        });
    }

    // Close an open menu or picker with Escape, and when the reader clicks elsewhere.
    function closableMenus() {
        var menus = document.querySelectorAll(".language-picker, .primary-nav");
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") return;
            menus.forEach(function (menu) {
                if (menu.open) {
                    menu.open = false;
                    menu.querySelector("summary").focus();
                }
            });
        });
        document.addEventListener("click", function (event) {
            menus.forEach(function (menu) {
                if (menu.open && !menu.contains(event.target)) menu.open = false;
            });
        });
    }

    // Search-as-you-type: the box becomes a combobox listing /api/search/suggest/'s stories, outlets,
    // topics and journalists. The form itself still submits to the search page, with or without this.
    function searchSuggestions() {
        var form = document.querySelector(".site-search[data-suggest]");
        if (!form || !window.fetch || !window.URLSearchParams) return;
        var input = form.querySelector("input[name=q]");
        var list = form.querySelector(".site-search__suggestions");
        var timer = null;
        var controller = null;
        var items = [];
        var active = -1;
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);

        function close() {
            list.hidden = true;
            list.textContent = "";
            items = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function select(index) {
            active = index;
            items.forEach(function (item, position) {
                item.setAttribute("aria-selected", position === index ? "true" : "false");
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", items[index].id);
                items[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function kindLabel(kind) {
            return form.getAttribute("data-kind-" + kind) || "";
        }

        function render(suggestions) {
            list.textContent = "";
            items = suggestions.map(function (suggestion, index) {
                var option = document.createElement("li");
                option.id = "site-search-option-" + index;
                option.className = "site-search__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                var link = document.createElement("a");
                link.href = suggestion.url;
                link.tabIndex = -1;
                var label = document.createElement("span");
                label.textContent = suggestion.label;
                var kind = document.createElement("span");
                kind.className = "site-search__kind";
                kind.textContent = kindLabel(suggestion.kind) + (suggestion.detail ? " · " + suggestion.detail : "");
                link.appendChild(label);
                link.appendChild(kind);
                option.appendChild(link);
                // Before the input's blur closes the list.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(option);
                return option;
            });
            active = -1;
            if (items.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
        }

        function ask(text) {
            if (controller) controller.abort();
            controller = window.AbortController ? new AbortController() : null;
            var query = new URLSearchParams({ q: text, lang: form.getAttribute("data-lang") });
            fetch(form.getAttribute("data-suggest") + "?" + query.toString(), {
                headers: { Accept: "application/json" },
                signal: controller ? controller.signal : undefined,
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (input.value === text) render(data.suggestions || []);
                })
                .catch(function () {});
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var text = input.value;
            if (text.trim().length < 2) {
                close();
                return;
            }
            timer = window.setTimeout(function () {
                ask(text);
            }, 150);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden || !items.length) return;
            if (event.key === "ArrowDown") {
                event.preventDefault();
                select((active + 1) % items.length);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                select(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = items[active].querySelector("a").href;
            } else if (event.key === "Escape") {
                event.stopPropagation();
                close();
            }
        });
        input.addEventListener("blur", function () {
            window.setTimeout(close, 100);
        });
    }

    offerPreferredLanguage();
    copyLinks();
    closableMenus();
    searchSuggestions();
})();
