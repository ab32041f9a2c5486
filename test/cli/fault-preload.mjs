// Preloaded into a command under test (node --import) to make it fail as a bug or a broken disk
// would, so its handling of an internal fault can be seen from outside: writing to standard
// output throws (score and check print their result there), and so does every fs/promises
// readFile (report reads its site's files through it during the build).
import fs from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const fault = () => new TypeError("simulated fault\nwith a second line");
fs.readFile = async () => {
  throw fault();
};
syncBuiltinESMExports();
process.stdout.write = () => {
  throw fault();
};
