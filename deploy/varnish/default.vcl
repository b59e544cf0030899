vcl 4.1;

# Hikaku's caching proxy: Varnish in front of the app replicas (docker-compose `proxy`).
#
#  - Public pages are cached as the app says (`s-maxage=30, stale-while-revalidate=30`,
#    lib/cache/cdn.ts) and tagged with the app's `Surrogate-Key` header.
#  - On every publish the app purges exactly the pages that show what changed:
#    `PURGE /` with the tags in `xkey-purge` (lib/cache/purge.ts, PURGE_PROXY_URLS), so a
#    publish is visible through the proxy at once, not after the 30 s.
#  - Admin, API, preview and every request with a session or draft-mode cookie go straight
#    to the app and are never stored.
#
# backends.vcl (beside this file; the CI and the benchmark put their own first in vcl_path)
# defines the `app` director that spreads requests over the replicas.

import std;
import xkey;

include "backends.vcl";

# Who may purge: the app replicas, on the private network of the deployment.
acl purgers {
  "localhost";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  set req.backend_hint = app.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }

  # Admin, REST/GraphQL and the preview routes: always the app's answer.
  if (req.url ~ "^/(admin|api|next)([/?]|$)") {
    return (pass);
  }
  # Staff sessions and draft mode see their own pages.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
    return (pass);
  }
  # Public pages read no cookie: one cached copy serves every visitor.
  unset req.http.Cookie;
}

sub vcl_backend_response {
  # xkey indexes the object by the page's cache tags, for the purge above.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  # Errors are not kept: the next request asks the app again.
  if (beresp.status >= 500) {
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
}

sub vcl_deliver {
  unset resp.http.xkey;
  if (obj.uncacheable) {
    set resp.http.X-Cache-Status = "BYPASS";
  } elsif (obj.hits > 0 && obj.ttl <= 0s) {
    set resp.http.X-Cache-Status = "STALE";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache-Status = "HIT";
  } else {
    set resp.http.X-Cache-Status = "MISS";
  }
}

sub vcl_synth {
  set resp.http.Cache-Control = "private, no-store";
}
