// A request from a background page, as Kvitter's would be if it made one (it must not).
fetch('https://example.org/from-a-background-page').catch(() => {});
