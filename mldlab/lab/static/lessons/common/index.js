// The list of lessons (/lessons): one card per page, in the order of the deck, in the chosen language.

import { getLang, h, initLesson, LESSONS, lessonKey, t } from "/static/lessons/common/lesson.js";

const FIRST_PART = 3; // perceptron, activations, losses; then optimising the loss

function draw() {
  const parts = [document.getElementById("part1"), document.getElementById("part2")];
  parts.forEach((part) => part.replaceChildren());
  LESSONS.forEach((name, i) => {
    const card = h("a", { href: `/lessons/${name}?lang=${getLang()}`, "data-testid": `lesson-${name}` },
      h("span", { class: "number", text: String(i + 1).padStart(2, "0") }),
      h("h2", { text: t(lessonKey(name, "title")) }),
      h("p", { text: t(lessonKey(name, "desc")) }));
    parts[i < FIRST_PART ? 0 : 1].append(h("li", {}, card));
  });
}

async function main() {
  await initLesson("index", { onLang: draw });
  draw();
  document.body.dataset.ready = "1";
}

main();
