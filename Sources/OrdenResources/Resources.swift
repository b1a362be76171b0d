// The files the `orden` binary carries, so it needs no resource bundle at run time: the default
// theme (`themes/default/…`), reference data (`data/…`) and what `orden init` writes
// (`scaffold/…`). The EmbedResources build plugin writes them into `EmbeddedResources.files`, keyed
// by their path in the repository; this target holds nothing else.
