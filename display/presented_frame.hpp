#pragma once
// The frame a wall put on its screen, as read back from the framebuffer just
// before the swap that presented it: proof of display. Its hash goes to wresd
// in a frame report; its pixels answer wresctl screenshot. No GL here (the
// read-back is render_target.cpp's), so it is tested without a window.
#include <memory>
#include <string>
#include <vector>

#include "wres/model/frame_report.hpp"

namespace display {

struct PresentedFrame {
  int width = 0, height = 0;
  // B, G, R, A bytes as GL reads them, the bottom row first: the window
  // system's own order, so the read-back is a copy (RGBA took 8x as long).
  std::vector<unsigned char> bgra;
  wres::FrameReport report;  // what it shows, with the pixels' hash
};

// XXH3-64 of the pixels (PresentedFrame::bgra) as 16 lower-case hex digits.
std::string pixel_hash(const std::vector<unsigned char>& bgra);

// The frame as PNG bytes (top row first, RGB); empty if encoding failed.
std::string encode_png(const PresentedFrame& frame);

}  // namespace display
