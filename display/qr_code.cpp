#include "qr_code.hpp"

#include <qrencode.h>

#include <algorithm>
#include <cmath>

namespace display {

std::optional<QrCode> encode_qr(const std::string& text) {
  QRcode* q = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_L, QR_MODE_8, 1);
  if (!q) return std::nullopt;
  QrCode out;
  out.size = q->width;
  out.dark.resize(static_cast<std::size_t>(q->width * q->width));
  for (std::size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (q->data[i] & 1) != 0;  // bit 0: dark
  QRcode_free(q);
  return out;
}

float qr_module(const Scale& s) { return std::max(3.0f, std::round(4 * s.u)); }

float qr_side(const Scale& s, const QrCode& q) { return qr_module(s) * static_cast<float>(q.size + 2 * kQrQuiet); }

std::string short_address(const std::string& url) {
  std::string out = url;
  for (const char* scheme : {"https://", "http://"})
    if (out.starts_with(scheme)) out.erase(0, std::string(scheme).size());
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace display
