// Preloaded into a command under test (node --import) to make it fail as a bug or a broken disk
// would, so its handling of an internal fault can be seen from outside: writing to standard
// output throws (score and check print their result there), and so does every fs/promises
// readFile (report reads its site's files through it during the build).
import fs from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const fault = () => new TypeError("simulated fault\nwith a second line");
const readFile = fs.readFile;
fs.readFile = async (path, ...rest) => {
  // The project's data/ is read as usual (an unreadable config is a configuration error, exit 2).
  if (String(path).includes("/data/")) return readFile(path, ...rest);
  throw fault();
};
syncBuiltinESMExports();
process.stdout.write = () => {
  throw fault();
};
