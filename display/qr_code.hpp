#pragma once
// The accessible twin's address as a QR code (DESIGN 10), for the wall's
// header. Pure: the modules from libqrencode, and how big the wall draws them.
#include <optional>
#include <string>
#include <vector>

#include "layout.hpp"

namespace display {

struct QrCode {
  int size = 0;            // modules per side, without the quiet zone
  std::vector<bool> dark;  // row by row
  [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Low error correction: a screen is never torn or smudged, and fewer modules
// are bigger ones, which a phone reads from further away. nullopt if too long.
std::optional<QrCode> encode_qr(const std::string& text);

inline constexpr int kQrQuiet = 2;  // light modules around it, so a camera finds its edge on a dark wall
// A module's side in pixels: 4 at 1080p (1.8 mm on a 40" panel, about 2.6
// pixels of a phone's camera at 2 m; test_display_twin_code.cpp reads it so),
// never under 3. Bigger would take the cards' lines: the header grows to hold it.
float qr_module(const Scale& s);
// The side of the code with its quiet zone.
float qr_side(const Scale& s, const QrCode& q);
// "intranet.example/wres": the address without its scheme or a trailing slash.
std::string short_address(const std::string& url);

}  // namespace display
