// [twin]: the accessible version of the wall (DESIGN 10). The folder wresd
// writes it to, and the address it is served at, which the wall turns into a
// QR code: an address a phone cannot open would put a dead code on every page.
#include <algorithm>

#include "readers.hpp"

namespace wres::config {

namespace {

constexpr std::size_t kMaxUrl = 120;  // a QR code a phone reads at 2 m from a 40" panel holds little

bool is_web_address(const std::string& u) {
  bool scheme = u.starts_with("https://") || u.starts_with("http://");
  bool printable =
      std::all_of(u.begin(), u.end(), [](char c) { return c > ' ' && c < 127 && c != '"' && c != '<' && c != '>'; });
  if (!scheme || !printable) return false;
  std::size_t host = u.find("//") + 2;
  return host < u.size() && u[host] != '/';  // a host name
}

}  // namespace

void read_twin_section(TableReader& t, TwinSettings& twin) {
  twin.where = t.where();
  if (auto d = t.text("dir", Need::optional)) {
    if (d->empty() || d->front() != '/')
      t.error_at("dir", "twin.dir: '" + *d + "' is not an absolute folder; expected e.g. \"/var/lib/wres/twin\"");
    else
      twin.dir = *d;
  }
  if (auto u = t.text("url", Need::optional)) {
    if (!is_web_address(*u) || u->size() > kMaxUrl)
      t.error_at("url", "twin.url: expected the address the twin is served at, http:// or https:// and at most " +
                            std::to_string(kMaxUrl) +
                            " characters without spaces, e.g. \"https://intranet.example/wres\"");
    else
      twin.url = *u;
  }
  t.finish();
}

}  // namespace wres::config
