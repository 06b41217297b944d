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

    offerPreferredLanguage();
    copyLinks();
    closableMenus();
})();
