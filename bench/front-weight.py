#!/usr/bin/env python3
"""What a phone downloads on its first visit to a page of a running Circles (issue 17).

Signs in through the real sign-in form, opens the page with an empty cache and fetches every
stylesheet, script, icon and image it references, as a browser would, with
`Accept-Encoding: br, gzip`. Where the page starts the live connection (the SignalR client is
among its scripts), the negotiate request is counted too. Prints one row per request and the
totals: bytes on the wire (bodies as sent, compressed where the server compressed them) and
the JavaScript among them.

    python3 bench/front-weight.py http://localhost:5080 demo-member demo-circles-password /home/member

Budget (issue 17): under 60 KB in all, under 20 KB of JavaScript.
"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

base, user, password, page = (sys.argv[1:5] + [None] * 4)[:4]
if not (base and user and password):
    sys.exit(__doc__)
page = page or "/home/member"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def fetch(path, method="GET", data=None, encoding="br, gzip"):
    request = urllib.request.Request(urllib.parse.urljoin(base, path), data=data, method=method)
    request.add_header("Accept-Encoding", encoding)
    try:
        response = opener.open(request)
    except urllib.error.HTTPError as error:
        response = error
    return response.status, response.headers, response.read()


def follow(path, encoding="br, gzip"):
    for _ in range(5):
        status, headers, body = fetch(path, encoding=encoding)
        if status in (301, 302, 303, 307, 308):
            path = headers["Location"]
            continue
        return path, status, headers, body
    sys.exit(f"too many redirects from {path}")


# Sign in (the one-time pages after a first sign-in are followed; the page is then opened afresh).
_, _, _, form = follow("/account/signin", "identity")
token = re.search(rb'name="__RequestVerificationToken"[^>]*value="([^"]+)"', form).group(1).decode()
fields = urllib.parse.urlencode({"Form.UserName": user, "Form.Password": password,
                                 "__RequestVerificationToken": token}).encode()
status, headers, _ = fetch("/account/signin", "POST", fields)
if status != 302:
    sys.exit(f"sign-in answered {status}")

path, status, headers, html = follow(page)
if path.startswith("/account/welcome"):
    # The one-time explanation of quick exit (SEC-3): read once, then the page itself.
    _, _, plain = fetch(path, encoding="identity")
    token = re.search(rb'name="__RequestVerificationToken"[^>]*value="([^"]+)"', plain).group(1).decode()
    fetch(path, "POST", urllib.parse.urlencode({"__RequestVerificationToken": token}).encode())
    path, status, headers, html = follow(page)
rows = [(path, headers.get("Content-Type", ""), headers.get("Content-Encoding", "-"), len(html))]
text = html.decode("utf-8", "replace") if headers.get("Content-Encoding") is None else None
if text is None:
    # The server compressed it: read the references from an uncompressed copy.
    _, _, plain = fetch(path, encoding="identity")
    text = plain.decode("utf-8", "replace")

references = re.findall(r'<(?:script|img)\b[^>]*\bsrc="([^"]+)"', text)
references += re.findall(r'<link\b[^>]*\bhref="([^"]+)"', text)
for reference in dict.fromkeys(references):
    if reference.startswith(("http:", "https:", "//", "data:")):
        continue
    status, headers, body = fetch(reference.replace("&amp;", "&"))
    rows.append((reference, headers.get("Content-Type", ""), headers.get("Content-Encoding", "-"), len(body)))
if "signalr" in text:
    status, headers, body = fetch("/live/negotiate?negotiateVersion=1", "POST", b"")
    rows.append(("/live/negotiate", headers.get("Content-Type", ""), headers.get("Content-Encoding", "-"), len(body)))

total = sum(r[3] for r in rows)
script = sum(r[3] for r in rows if "javascript" in r[1])
for url, kind, encoding, size in rows:
    print(f"{size:>8,}  {encoding:<6} {kind.split(';')[0]:<24} {url}")
print(f"{total:>8,}  in all ({len(rows)} requests), of which JavaScript {script:,} bytes")
