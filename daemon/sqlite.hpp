#pragma once
// A thin RAII layer over the SQLite C API. Failures throw StorageError, which
// the history store turns into results: nothing escapes the event loop.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace wresd {

struct StorageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }

  Statement& bind(int index, const std::string& v);
  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, double v);
  Statement& bind_null(int index);
  Statement& bind_blob(int index, const std::string& bytes);
  bool step();  // true while a row is available (an INSERT has none); an error throws
  void reset();
  std::string text(int col) const;
  std::string blob(int col) const;
  std::int64_t integer(int col) const;
  double real(int col) const;
  [[nodiscard]] bool is_null(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  explicit Database(const std::string& path);  // opens or creates
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const char* sql);
  Statement prepare(const char* sql) { return Statement(db_, sql); }
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  int user_version();
  void set_user_version(int v);
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() was reached.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace wresd
