#pragma once

namespace display {

// The font atlas on the GPU as one 8-bit alpha texture. ImGui's OpenGL3
// backend uploads RGBA (4x the memory: 32 MB at 4K) and, if its device objects
// are created after our atlas, uploads a second copy; we own the texture so
// there is exactly one, a quarter of the size, and the CPU copies are freed.
class FontTexture {
 public:
  FontTexture() = default;
  FontTexture(const FontTexture&) = delete;
  FontTexture& operator=(const FontTexture&) = delete;
  ~FontTexture();

  // Uploads ImGui's current atlas (built from the fonts just added) and frees
  // the atlas pixels in CPU memory. Replaces any texture uploaded before.
  void upload();
  void release();

 private:
  unsigned id_ = 0;
  bool backend_ready_ = false;
};

}  // namespace display
