// The request form's translator list shows only the people who translate into the chosen language
// (each option's data-languages holds the ids of the locales they may take; the server checks again).
(() => {
  const language = document.querySelector("select[data-translator-language]");
  const translator = document.querySelector("select[name=translator]");
  if (!language || !translator) return;
  const filter = () => {
    const chosen = language.value;
    for (const option of translator.options) {
      if (!option.value) continue;
      const held = (option.dataset.languages || "").split(" ");
      const fits = !chosen || held.includes(chosen);
      option.hidden = !fits;
      option.disabled = !fits;
      if (!fits && option.selected) translator.value = "";
    }
  };
  language.addEventListener("change", filter);
  filter();
})();
