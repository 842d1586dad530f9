// The list of lessons (/lessons): one card per page, in the order of the deck, in the chosen language.

import { getLang, h, initLesson, LESSONS, lessonKey, t } from "/static/lessons/common/lesson.js";

const PARTS = [3, 10, 13, 16]; // perceptron …; optimising the loss; session 2 (knn …); session 3; session 4

function draw() {
  const parts = ["part1", "part2", "part3", "part4", "part5"].map((id) => document.getElementById(id));
  parts.forEach((part) => part.replaceChildren());
  LESSONS.forEach((name, i) => {
    const card = h("a", { href: `/lessons/${name}?lang=${getLang()}`, "data-testid": `lesson-${name}` },
      h("span", { class: "number", text: String(i + 1).padStart(2, "0") }),
      h("h2", { text: t(lessonKey(name, "title")) }),
      h("p", { text: t(lessonKey(name, "desc")) }));
    parts[PARTS.filter((start) => i >= start).length].append(h("li", {}, card));
  });
}

async function main() {
  await initLesson("index", { onLang: draw });
  draw();
  document.body.dataset.ready = "1";
}

main();
