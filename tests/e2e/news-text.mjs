// Generated news-like text for the large-input tests and the browser benchmark.

/** News-like paragraphs, varied enough that every sentence is not the same one. */
export function newsText(bytes, seed, title) {
  let state = seed;
  const next = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const people = ["Maria Lopez", "James Okafor", "Priya Natarajan", "Tom Becker", "Ana Silva", "Kenji Mori"];
  const roles = ["an economist at the central bank", "the city's budget director", "a spokesperson for the ministry", "a senior analyst"];
  const things = ["rents", "wages", "exports", "energy prices", "hospital waiting lists", "bus fares", "rice harvests"];
  const verbs = ["said", "told reporters", "warned", "estimated", "argued"];
  const paragraphs = [title];
  let size = paragraphs[0].length;
  while (size < bytes) {
    const who = people[next(people.length)];
    const thing = things[next(things.length)];
    const sentences = [
      `${thing[0].toUpperCase()}${thing.slice(1)} rose ${1 + next(19)}.${next(10)}% in ${["May", "June", "the first quarter", "2023"][next(4)]}, ${who}, ${roles[next(roles.length)]}, ${verbs[next(verbs.length)]}.`,
      `The programme will cost about $${1 + next(90)} million over ${2 + next(8)} years, according to the ${["treasury", "council", "auditor"][next(3)]}.`,
      `“We expect ${thing} to fall by ${1 + next(30)} percent by ${2025 + next(6)},” ${who.split(" ")[1]} said.`,
      `Fewer than ${100 + next(900)} households in the district were affected, while nearly ${next(60) + 10}% of firms reported delays.`,
    ];
    const paragraph = sentences.slice(0, 2 + next(3)).join(" ");
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}
