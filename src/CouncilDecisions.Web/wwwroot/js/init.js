// Loaded as an ES module: browsers too old for modules keep the plain, working HTML.
import { initAll } from '/lib/govuk/govuk-frontend.min.js';

initAll();
