"""Incremental building: what lets a build, or `serve`, redo only what changed.

- cache: what the last build read and wrote (.cache/unionnews/), and the project's build lock;
- fingerprint: a digest of each page's inputs, so an unchanged page is not rendered;
- textedit: the plan for an edit to articles' text (the quick path), from the dependency map;
- append: the plan for a new day's issue (the append path);
- writers: staging files and committing them into site/, whole or only the changed ones;
- live: `serve`'s state in memory, updated from an edit without loading anything.
"""
