import fc from "fast-check";

// Every fast-check property runs from a fixed seed unless it names its own, so a test run is reproducible.
fc.configureGlobal({ seed: 20181112 });
