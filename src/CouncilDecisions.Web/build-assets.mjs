// Builds the front-end assets the layout links to, from package.json's dependencies:
//   Styles/site.scss                      -> wwwroot/css/site.css (GOV.UK Frontend + project styles)
//   govuk-frontend/dist/govuk/assets/     -> wwwroot/lib/govuk/assets/ (icons, manifest; no GDS Transport font is used)
//   govuk-frontend/dist/govuk/govuk-frontend.min.js -> wwwroot/lib/govuk/
// Plain Node so it runs the same on Linux, macOS and Windows; MSBuild calls it only when an output is missing.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = dirname(fileURLToPath(import.meta.url));
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const wwwroot = join(root, "wwwroot");

const css = sass.compile(join(root, "Styles", "site.scss"), {
  style: "compressed",
  sourceMap: false,
  importers: [new sass.NodePackageImporter(root)],
  // GOV.UK Frontend's own deprecation notices are not ours to fix.
  quietDeps: true,
});
mkdirSync(join(wwwroot, "css"), { recursive: true });
writeFileSync(join(wwwroot, "css", "site.css"), css.css);

mkdirSync(join(wwwroot, "lib", "govuk"), { recursive: true });
// The GDS Transport font files are left out: that typeface is licensed for central government only.
cpSync(join(govuk, "assets"), join(wwwroot, "lib", "govuk", "assets"), {
  recursive: true,
  filter: (source) => !source.includes(`${join("assets", "fonts")}`),
});
cpSync(join(govuk, "govuk-frontend.min.js"), join(wwwroot, "lib", "govuk", "govuk-frontend.min.js"));

console.log("CouncilDecisions.Web assets built: wwwroot/css/site.css, wwwroot/lib/govuk/");
