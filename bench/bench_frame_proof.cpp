// What proof of display costs the wall: reading back each presented frame and
// hashing it (display/presented_frame.cpp, render_target.cpp), side by side
// with the frame's own rendering as the baseline. Needs a GL context: run
// under xvfb-run (Mesa) or on the wall itself.
//   xvfb-run -a build/bench/bench_frame_proof
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <GLFW/glfw3.h>
#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

#include "presented_frame.hpp"

namespace {

GLFWwindow* g_window = nullptr;

// A framebuffer of the wall's size, filled with a few hundred rectangles:
// about what the board's cards cost the rasteriser.
struct Target {
  GLuint fbo = 0, colour = 0;
  int w, h;
  Target(int width, int height) : w(width), h(height) {
    glGenFramebuffers(1, &fbo);
    glGenRenderbuffers(1, &colour);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
  }
  ~Target() {
    glDeleteFramebuffers(1, &fbo);
    glDeleteRenderbuffers(1, &colour);
  }
  void draw(int frame) const {
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
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
  void read(std::vector<unsigned char>& into) const {
    into.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, into.data());
  }
};

// Baseline: the frame drawn and finished, as every presented frame is.
void BM_Frame(benchmark::State& state) {
  Target t(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  int n = 0;
  for (auto _ : state) {
    t.draw(++n);
    glFinish();
  }
}

// The same frame with proof of display: read back, hashed.
void BM_FrameWithProof(benchmark::State& state) {
  Target t(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  std::vector<unsigned char> px;
  int n = 0;
  for (auto _ : state) {
    t.draw(++n);
    t.read(px);
    benchmark::DoNotOptimize(wall::pixel_hash(px));
  }
}

// The frame and its read-back, without the hash: what the read-back costs
// right after rendering (the software renderer resolves its tiles then).
void BM_FrameWithReadBack(benchmark::State& state) {
  Target t(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  std::vector<unsigned char> px;
  int n = 0;
  for (auto _ : state) {
    t.draw(++n);
    t.read(px);
  }
}

// The two parts on their own.
void BM_ReadBack(benchmark::State& state) {
  Target t(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  t.draw(1);
  std::vector<unsigned char> px;
  for (auto _ : state) t.read(px);
}

void BM_Hash(benchmark::State& state) {
  std::vector<unsigned char> px(static_cast<std::size_t>(state.range(0) * state.range(1) * 4), 7);
  for (auto _ : state) benchmark::DoNotOptimize(wall::pixel_hash(px));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(px.size()));
}

// The PNG for wresctl screenshot: on the link thread, only when asked.
void BM_EncodePng(benchmark::State& state) {
  Target t(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  t.draw(1);
  wall::PresentedFrame f;
  f.width = t.w, f.height = t.h;
  t.read(f.rgba);
  for (auto _ : state) benchmark::DoNotOptimize(wall::encode_png(f));
}

#define SIZES ->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)
BENCHMARK(BM_Frame) SIZES;
BENCHMARK(BM_FrameWithProof) SIZES;
BENCHMARK(BM_FrameWithReadBack) SIZES;
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
  g_window = glfwCreateWindow(64, 64, "bench", nullptr, nullptr);
  if (!g_window) return std::fprintf(stderr, "no OpenGL 3.3 context\n"), 1;
  glfwMakeContextCurrent(g_window);
  std::printf("GL renderer: %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  glfwDestroyWindow(g_window);
  glfwTerminate();
  return 0;
}
