// wagtail-localize 1.14's translation editor writes a few words in English inside its script (a hidden
// "More actions" label, the "<language> to <language> translation" heading) and its segments' dates in
// English ("Translated manually on 29 November 2026"). This replaces them, as the editor renders and
// re-renders, with the admin language's words (given by the page: #translation-editor-strings, from
// Wagtail's catalogue and ours, translations/templatetags/translation_editor.py) and the date in the
// admin language's format (the browser's Intl). If an upgrade changes those texts, nothing matches and
// nothing is replaced.
const translateLocalizeEditor = () => {
  const editor = document.querySelector(".js-translation-editor");
  const data = document.getElementById("translation-editor-strings");
  if (!editor || !data) return;
  const strings = JSON.parse(data.textContent);
  const months = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ];
  const englishDate = new RegExp(`\\b(\\d{1,2}) (${months.join("|")}) (\\d{4})\\b`, "g");
  let dateFormat;
  try {
    dateFormat = new Intl.DateTimeFormat(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" });
  } catch {
    dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric" });
  }
  const replacements = new Map([
    ["More actions", strings.moreActions],
    [strings.pairEnglish, strings.pair],
  ]);

  const fix = () => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const replacement = replacements.get(node.data);
      if (replacement) {
        node.data = replacement;
      } else if (englishDate.test(node.data)) {
        englishDate.lastIndex = 0;
        node.data = node.data.replace(englishDate, (_match, day, month, year) =>
          dateFormat.format(new Date(Number(year), months.indexOf(month), Number(day))),
        );
      }
      englishDate.lastIndex = 0;
    }
  };
  new MutationObserver(fix).observe(editor, { childList: true, subtree: true, characterData: true });
  fix();
};
// Wagtail puts page scripts in the head: the editor's element exists once the document is parsed.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", translateLocalizeEditor);
} else {
  translateLocalizeEditor();
}
