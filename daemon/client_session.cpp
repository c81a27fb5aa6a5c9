#include "client_session.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/write.hpp>
#include <nlohmann/json.hpp>

#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace wresd {
namespace asio = boost::asio;
namespace proto = wres::protocol;

ClientSession::ClientSession(asio::local::stream_protocol::socket socket, SessionHost& host, SessionLimits limits,
                             std::string name)
    : socket_(std::move(socket)),
      host_(host),
      limits_(limits),
      name_(std::move(name)),
      write_deadline_(socket_.get_executor()),
      hello_deadline_(socket_.get_executor()),
      decoder_(proto::kMaxRequestBytes) {}

void ClientSession::start() {
  hello_deadline_.expires_after(limits_.hello_timeout);
  hello_deadline_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
    if (ec || self->asked_) return;
    self->close(self->greeted_ ? "idle: neither subscribed nor asked in time" : "idle: no hello in time");
  });
  read_more();
}

void ClientSession::refuse(const std::string& payload) {
  close_after_write_ = true;
  send_payload(payload);
}

void ClientSession::read_more() {
  socket_.async_read_some(asio::buffer(read_buf_),
                          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
                            if (self->closed_) return;
                            if (ec) return self->close(ec == asio::error::eof ? "disconnected" : ec.message());
                            self->decoder_.feed(std::string_view(self->read_buf_.data(), n));
                            self->pump();
                          });
}

// Requests are answered at the pace the client reads the answers: with its
// send queue nearly full, the session stops taking requests (and reading)
// until the queue drains, rather than drop a client that sent many at once.
void ClientSession::pump() {
  for (;;) {
    if (!held_) held_ = decoder_.next();
    if (!held_) break;
    if (queue_.size() + 1 >= limits_.max_queued_frames) {
      paused_ = true;  // write_next() resumes
      return;
    }
    std::string payload = std::move(*held_);
    held_.reset();
    handle(payload);
    if (closed_ || close_after_write_) return;
  }
  if (decoder_.failed()) return refuse(proto::error_message(decoder_.error()));
  read_more();
}

void ClientSession::handle(const std::string& payload) {
  std::string error;
  // Only a wall's picture is this large: its shape is checked before it is built.
  if (payload.size() > proto::kMaxRequestBytes)
    if (auto why = proto::large_message_problem(payload)) {
      spdlog::warn("client {} (uid {}) dropped: {}", name_, uid_, *why);
      return refuse(proto::error_message(*why));
    }
  auto msg = proto::parse_message(payload, &error);
  if (!msg) return refuse(proto::error_message(error));
  auto type = proto::type_of(*msg);
  if (!greeted_) {
    if (type != proto::MessageType::hello) return refuse(proto::error_message("the first message must be hello"));
    greeted_ = true;
    auto v = msg->find("protocol");
    bool match = v != msg->end() && v->is_number_unsigned() && v->get<std::uint32_t>() == proto::kProtocolVersion;
    if (!match) return refuse(proto::welcome_message(proto::HandshakeStatus::protocol_mismatch, "wresd"));
    return send_payload(proto::welcome_message(proto::HandshakeStatus::welcome, "wresd"));
  }
  asked_ = true;
  hello_deadline_.cancel();
  if (type == proto::MessageType::subscribe) {
    subscribed_ = true;
    if (auto f = host_.current_snapshot_frame()) send(f);
    return;
  }
  if (auto out = host_.answer(*this, *msg); !out.empty()) send_payload(out);
}

void ClientSession::push(const Frame& frame) {
  if (subscribed_ && !closed_) send(frame);
}

void ClientSession::send(Frame frame) {
  if (closed_) return;
  if (queue_.size() >= limits_.max_queued_frames || queued_bytes_ + frame->size() > limits_.max_queued_bytes)
    return close("not reading: send queue full (" + std::to_string(queue_.size()) + " frames)");
  queued_bytes_ += frame->size();
  queue_.push_back(std::move(frame));
  if (!writing_) write_next();
}

void ClientSession::write_next() {
  if (queue_.empty() || closed_) {
    if (queue_.empty() && close_after_write_) close("refused");
    return;
  }
  writing_ = true;
  write_deadline_.expires_after(limits_.write_timeout);
  write_deadline_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
    if (!ec) self->close("not reading: write timed out");
  });
  asio::async_write(
      socket_, asio::buffer(*queue_.front()),
      [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
        self->write_deadline_.cancel();
        self->writing_ = false;
        if (self->closed_) return;
        if (ec) return self->close(ec.message());
        self->queued_bytes_ -= self->queue_.front()->size();
        self->queue_.pop_front();
        self->write_next();
        if (self->paused_ && !self->closed_ && self->queue_.size() + 1 < self->limits_.max_queued_frames) {
          self->paused_ = false;
          self->pump();
        }
      });
}

void ClientSession::close(const std::string& why) {
  if (closed_) return;
  closed_ = true;
  spdlog::debug("client {}: closed ({})", name_, why);
  if (why.rfind("not reading", 0) == 0) spdlog::warn("client {} dropped: {}", name_, why);
  boost::system::error_code ec;
  write_deadline_.cancel();
  hello_deadline_.cancel();
  socket_.shutdown(asio::socket_base::shutdown_both, ec);
  socket_.close(ec);
  queue_.clear();
  queued_bytes_ = 0;
  host_.forget(this, why);
}

}  // namespace wresd
