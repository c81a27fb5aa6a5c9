// What proof of display costs the wall: reading back each presented frame from
// the window's back buffer and hashing it (RenderTarget::read_back_bgra and
// pixel_hash, the functions the wall uses), side by side with the frame's own
// drawing as the baseline. Needs a GL context: run under xvfb-run (Mesa) or on
// the wall itself. Each frame size gets a window of its own size.
//   xvfb-run -a -s "-screen 0 3840x2160x24" build/bench/bench_frame_proof
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

#include "presented_frame.hpp"
#include "render_target.hpp"

namespace {

// A few hundred rectangles over the whole frame: about what the board's
// cards cost the rasteriser.
void draw(int w, int h, int frame) {
  glViewport(0, 0, w, h);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.06f, 0.08f, 0.1f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);
  for (int i = 0; i < 300; ++i) {
    glScissor((i * 97 + frame) % w, (i * 53) % h, 40 + i % 200, 10 + i % 60);
    glClearColor(static_cast<float>(i % 7) / 7, static_cast<float>(i % 5) / 5, 0.5f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  glDisable(GL_SCISSOR_TEST);
}

// A hidden window of the wall's size, its context current: the back buffer
// the wall draws into and reads back from.
struct Window {
  GLFWwindow* w;
  Window(int width, int height) : w(glfwCreateWindow(width, height, "bench", nullptr, nullptr)) {
    glfwMakeContextCurrent(w);
  }
  ~Window() { glfwDestroyWindow(w); }
};

enum class Proof { none, read_back, read_back_and_hash };

// A frame presented as the wall presents it: drawn, then (as asked) read back
// and hashed, then swapped. Arguments: width, height.
void frame(benchmark::State& state, Proof proof) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  Window window(w, h);
  std::vector<unsigned char> px;
  int n = 0;
  for (auto _ : state) {
    draw(w, h, ++n);
    if (proof != Proof::none) display::RenderTarget::read_back_bgra(w, h, px);
    if (proof == Proof::read_back_and_hash) benchmark::DoNotOptimize(display::pixel_hash(px));
    glfwSwapBuffers(window.w);
  }
}

// The two parts on their own, on a frame already drawn.
void BM_ReadBack(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  Window window(w, h);
  draw(w, h, 1);
  std::vector<unsigned char> px;
  for (auto _ : state) display::RenderTarget::read_back_bgra(w, h, px);
}

void BM_Hash(benchmark::State& state) {
  std::vector<unsigned char> px(static_cast<std::size_t>(state.range(0) * state.range(1) * 4), 7);
  for (auto _ : state) benchmark::DoNotOptimize(display::pixel_hash(px));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(px.size()));
}

// The PNG for wresctl screenshot: on the link thread, only when asked.
void BM_EncodePng(benchmark::State& state) {
  display::PresentedFrame f;
  f.width = static_cast<int>(state.range(0)), f.height = static_cast<int>(state.range(1));
  Window window(f.width, f.height);
  draw(f.width, f.height, 1);
  display::RenderTarget::read_back_bgra(f.width, f.height, f.bgra);
  for (auto _ : state) benchmark::DoNotOptimize(display::encode_png(f));
}

#define SIZES ->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)
BENCHMARK_CAPTURE(frame, baseline, Proof::none) SIZES;
BENCHMARK_CAPTURE(frame, with_read_back, Proof::read_back) SIZES;
BENCHMARK_CAPTURE(frame, with_proof, Proof::read_back_and_hash) SIZES;
BENCHMARK(BM_ReadBack) SIZES;
BENCHMARK(BM_Hash) SIZES;
BENCHMARK(BM_EncodePng)->Args({1920, 1080})->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (!glfwInit()) return std::fprintf(stderr, "no display: run under xvfb-run\n"), 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  {
    Window probe(64, 64);
    if (!probe.w) return std::fprintf(stderr, "no OpenGL 3.3 context\n"), 1;
    std::printf("GL renderer: %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  glfwTerminate();
  return 0;
}
