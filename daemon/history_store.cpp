#include "history_store.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>

#include "compression.hpp"
#include "sqlite.hpp"

namespace wresd {

namespace {

// Migration N takes the schema from version N to N+1. Never edit one that has
// shipped; add the next.
const std::vector<std::function<void(Database&)>>& migrations() {
  static const std::vector<std::function<void(Database&)>> m{
      [](Database& db) {
        db.exec(R"sql(
          CREATE TABLE revision (
            id            INTEGER PRIMARY KEY,
            applied_at    TEXT NOT NULL,
            applied_unix  INTEGER NOT NULL,
            content_hash  TEXT NOT NULL,
            files         TEXT NOT NULL,
            sources       TEXT
          );
          CREATE TABLE action_state (
            plan        TEXT NOT NULL,
            action      TEXT NOT NULL,
            title       TEXT NOT NULL,
            status      TEXT NOT NULL,
            since_unix  INTEGER NOT NULL,
            PRIMARY KEY (plan, action)
          ) WITHOUT ROWID;
          CREATE TABLE state_change (
            id           INTEGER PRIMARY KEY,
            plan         TEXT NOT NULL,
            action       TEXT NOT NULL,
            title        TEXT NOT NULL,
            from_status  TEXT NOT NULL,
            to_status    TEXT NOT NULL,
            at           TEXT NOT NULL,
            at_unix      INTEGER NOT NULL,
            cause        TEXT NOT NULL,
            revision     INTEGER REFERENCES revision(id)
          );
          CREATE INDEX state_change_at ON state_change(at_unix);
          CREATE INDEX state_change_action ON state_change(plan, action);
          CREATE TABLE indicator_value (
            id             INTEGER PRIMARY KEY,
            wres_year      INTEGER NOT NULL,
            indicator      TEXT NOT NULL,
            value          REAL NOT NULL,
            source         TEXT NOT NULL,
            revision       INTEGER REFERENCES revision(id),
            recorded_unix  INTEGER NOT NULL
          );
          CREATE INDEX indicator_value_key ON indicator_value(wres_year, indicator, id);
        )sql");
      },
      // 2: each board file's text once per distinct content, compressed, and
      // the last good snapshot (a restart with a broken board serves it).
      [](Database& db) {
        db.exec(R"sql(
          CREATE TABLE source_text (
            hash   TEXT PRIMARY KEY,
            bytes  INTEGER NOT NULL,
            zstd   BLOB NOT NULL
          ) WITHOUT ROWID;
          CREATE TABLE revision_file (
            revision  INTEGER NOT NULL REFERENCES revision(id),
            position  INTEGER NOT NULL,
            path      TEXT NOT NULL,
            hash      TEXT NOT NULL REFERENCES source_text(hash),
            PRIMARY KEY (revision, position)
          ) WITHOUT ROWID;
          CREATE TABLE last_good (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            saved_at    TEXT NOT NULL,
            saved_unix  INTEGER NOT NULL,
            zstd        BLOB NOT NULL
          );
        )sql");
      },
      // 3: what each wall showed, a row per view (shown_store.cpp).
      [](Database& db) {
        db.exec(R"sql(
          CREATE TABLE shown (
            id INTEGER PRIMARY KEY, wall TEXT NOT NULL, at TEXT NOT NULL, at_unix INTEGER NOT NULL,
            page TEXT NOT NULL, screen INTEGER NOT NULL, revision INTEGER NOT NULL,  -- what it showed
            hash TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,     -- the pixels
            night INTEGER NOT NULL, panel TEXT NOT NULL, freshness TEXT NOT NULL,
            gap TEXT NOT NULL  -- not empty: nothing is known of the wall from this time
          );
          CREATE INDEX shown_at ON shown(at_unix);
        )sql");
      },
      // What each wall showed at a moment, found by wall: a handful of index
      // steps per wall, not a scan of every row before it.
      [](Database& db) { db.exec("CREATE INDEX shown_wall_at ON shown(wall, at_unix);"); },
      // 5: every family's values (DESIGN 8): rows written before are the WRES's.
      [](Database& db) {
        db.exec(R"sql(
          ALTER TABLE indicator_value ADD COLUMN family TEXT NOT NULL DEFAULT 'wres';
          DROP INDEX indicator_value_key;
          CREATE INDEX indicator_value_key ON indicator_value(family, wres_year, indicator, id);
        )sql");
      },
      // 6: measures' monthly readings (DESIGN 9): a row when a month is first
      // recorded, when its value changes, and (value NULL) when it leaves the board.
      [](Database& db) {
        db.exec(R"sql(
          CREATE TABLE measure_reading (
            id INTEGER PRIMARY KEY,
            measure TEXT NOT NULL,
            month TEXT NOT NULL,
            value REAL,
            revision INTEGER REFERENCES revision(id),
            recorded_unix INTEGER NOT NULL,
            recorded_at TEXT NOT NULL
          );
          CREATE INDEX measure_reading_key ON measure_reading(measure, month, id);
        )sql");
      },
  };
  return m;
}

std::string hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// FNV-1a 64 and the length: enough to tell a board file's versions apart.
std::string text_key(const std::string& text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return hex(h) + "-" + std::to_string(text.size());
}

// SQLite would create the file 0644; history names staff actions, so 0640.
// Returns a note for the log when the file was created or found empty.
std::string prepare_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (st.st_size == 0) return path + " is empty (0 bytes); starting a new history in it";
    return {};
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd >= 0) {
    ::fchmod(fd, 0640);  // whatever the umask
    ::close(fd);
  }
  return "created " + path + " (mode 0640: owner and group may read it)";
}

}  // namespace

HistoryStore::HistoryStore() = default;
HistoryStore::~HistoryStore() = default;

std::optional<std::string> HistoryStore::open(const std::string& path) {
  path_ = path;
  if (!lock_.held()) {
    if (auto err = lock_.take(path + ".lock", "the history database " + path)) {
      open_error_ = *err;
      return open_error_;
    }
  }
  open_note_ = prepare_file(path);
  try {
    auto db = std::make_unique<Database>(path);
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = FULL");  // a committed change survives power loss too
    db->exec("PRAGMA foreign_keys = ON");
    db_ = std::move(db);
    migrate();
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) dev_ = st.st_dev, ino_ = st.st_ino;
    open_error_.clear();
    return std::nullopt;
  } catch (const StorageError& e) {
    db_.reset();
    open_error_ = e.what();
    return open_error_;
  }
}

// Used when the path now names another file: the old database's WAL (still
// named for the path) is emptied first, so the new file never replays it.
void HistoryStore::close() {
  if (db_) {
    try {
      db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StorageError&) {  // the file is going away either way
    }
  }
  db_.reset();
  shown_names_.reset();
}

std::optional<std::string> HistoryStore::moved() const {
  if (!db_) return std::nullopt;
  struct stat st {};
  if (::stat(path_.c_str(), &st) != 0)
    return errno == ENOENT ? "was deleted" : std::string("cannot be checked: ") + std::strerror(errno);
  if (st.st_dev != dev_ || st.st_ino != ino_) return "was replaced by another file";
  return std::nullopt;
}

void HistoryStore::migrate() {
  int v = db_->user_version();
  if (v > kSchemaVersion)
    throw StorageError("database schema " + std::to_string(v) + " is newer than this wresd (" +
                       std::to_string(kSchemaVersion) + "); refusing to touch it");
  for (; v < kSchemaVersion; ++v) {
    Transaction t(*db_);
    migrations()[static_cast<std::size_t>(v)](*db_);
    db_->set_user_version(v + 1);
    t.commit();
  }
}

std::optional<std::string> HistoryStore::commit(const CommitInput& in) {
  if (!db_) return "history database is not open";
  try {
    Transaction t(*db_);
    std::optional<std::int64_t> rev;
    if (in.revision) {
      nlohmann::json files = in.revision->files;
      auto s = db_->prepare(
          "INSERT INTO revision(applied_at, applied_unix, content_hash, files, sources) VALUES (?,?,?,?,NULL)");
      s.bind(1, in.now).bind(2, in.now_unix).bind(3, hex(in.revision->content_hash)).bind(4, files.dump());
      s.step();
      rev = db_->last_insert_rowid();
      store_texts(*in.revision, *rev);
    } else {
      auto s = db_->prepare("SELECT max(id) FROM revision");
      if (s.step() && !s.is_null(0)) rev = s.integer(0);
    }
    auto ins = db_->prepare(
        "INSERT INTO state_change(plan, action, title, from_status, to_status, at, at_unix, cause, revision) "
        "VALUES (?,?,?,?,?,?,?,?,?)");
    for (const auto& c : in.changes) {
      ins.bind(1, c.plan)
          .bind(2, c.action)
          .bind(3, c.title)
          .bind(4, std::string(c.from.name()))
          .bind(5, std::string(c.to.name()))
          .bind(6, c.at)
          .bind(7, c.at_unix)
          .bind(8, std::string(wres::to_string(c.cause)));
      if (rev)
        ins.bind(9, *rev);
      else
        ins.bind_null(9);
      ins.step();
      ins.reset();
    }
    auto up = db_->prepare(
        "INSERT INTO action_state(plan, action, title, status, since_unix) VALUES (?,?,?,?,?) "
        "ON CONFLICT(plan, action) DO UPDATE SET title = excluded.title, status = excluded.status, "
        "since_unix = excluded.since_unix");
    for (const auto& e : in.upserts) {
      up.bind(1, e.plan).bind(2, e.action).bind(3, e.title).bind(4, std::string(e.status.name())).bind(5, in.now_unix);
      up.step();
      up.reset();
    }
    auto del = db_->prepare("DELETE FROM action_state WHERE plan = ? AND action = ?");
    for (const auto& e : in.deletes) {
      del.bind(1, e.plan).bind(2, e.action);
      del.step();
      del.reset();
    }
    auto last = db_->prepare(
        "SELECT value, source FROM indicator_value WHERE family = ? AND wres_year = ? AND indicator = ? "
        "ORDER BY id DESC LIMIT 1");
    auto add = db_->prepare(
        "INSERT INTO indicator_value(wres_year, indicator, value, source, revision, recorded_unix, family) "
        "VALUES (?,?,?,?,?,?,?)");
    auto forget = db_->prepare("DELETE FROM indicator_value WHERE family = ? AND wres_year = ? AND indicator = ?");
    for (const auto& w : in.withheld) {
      forget.bind(1, w.family).bind(2, std::int64_t{w.year}).bind(3, w.indicator);
      forget.step();
      forget.reset();
    }
    for (const auto& i : in.indicators) {
      last.bind(1, i.family).bind(2, std::int64_t{i.wres_year}).bind(3, i.indicator);
      bool same = last.step() && last.real(0) == i.value && last.text(1) == i.source;
      last.reset();
      if (same) continue;
      add.bind(1, std::int64_t{i.wres_year}).bind(2, i.indicator).bind(3, i.value).bind(4, i.source);
      if (rev)
        add.bind(5, *rev);
      else
        add.bind_null(5);
      add.bind(6, in.now_unix).bind(7, i.family);
      add.step();
      add.reset();
    }
    if (in.readings) store_readings(*in.readings, rev, in);
    if (in.last_good_json) {
      auto g = db_->prepare(
          "INSERT INTO last_good(id, saved_at, saved_unix, zstd) VALUES (1,?,?,?) "
          "ON CONFLICT(id) DO UPDATE SET saved_at = excluded.saved_at, "
          "saved_unix = excluded.saved_unix, zstd = excluded.zstd");
      g.bind(1, in.now).bind(2, in.now_unix).bind_blob(3, compress(*in.last_good_json));
      g.step();
    }
    t.commit();
    return std::nullopt;
  } catch (const StorageError& e) {
    return std::string(e.what());
  }
}

// A save that changes one file of ten adds one compressed text.
void HistoryStore::store_texts(const RevisionInfo& rev, std::int64_t revision_id) {
  auto put = db_->prepare("INSERT OR IGNORE INTO source_text(hash, bytes, zstd) VALUES (?,?,?)");
  auto has = db_->prepare("SELECT 1 FROM source_text WHERE hash = ?");
  auto link = db_->prepare("INSERT INTO revision_file(revision, position, path, hash) VALUES (?,?,?,?)");
  std::int64_t position = 0;
  for (const auto& t : rev.texts) {
    std::string key = text_key(t.text);
    has.bind(1, key);
    bool known = has.step();
    has.reset();
    if (!known) {
      put.bind(1, key).bind(2, static_cast<std::int64_t>(t.text.size())).bind_blob(3, compress(t.text));
      put.step();
      put.reset();
    }
    link.bind(1, revision_id).bind(2, position++).bind(3, t.path).bind(4, key);
    link.step();
    link.reset();
  }
}

std::optional<StoredSnapshot> HistoryStore::last_good() {
  if (!db_) return std::nullopt;
  try {
    auto s = db_->prepare("SELECT saved_at, zstd FROM last_good WHERE id = 1");
    if (!s.step()) return std::nullopt;
    auto json = decompress(s.blob(1));
    if (!json) return std::nullopt;
    return StoredSnapshot{std::move(*json), s.text(0)};
  } catch (const StorageError&) {
    return std::nullopt;
  }
}

std::optional<std::vector<wres::StatusEntry>> HistoryStore::statuses() {
  if (!db_) return std::nullopt;
  std::vector<wres::StatusEntry> out;
  try {
    auto s = db_->prepare("SELECT plan, action, title, status FROM action_state");
    while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), wres::Mark::named(s.text(3))});
  } catch (const StorageError&) {
    return std::nullopt;
  }
  return out;
}

bool HistoryStore::has_revisions() { return revision_count() > 0; }

std::int64_t HistoryStore::revision_count() { return count_rows("SELECT count(*) FROM revision"); }

std::int64_t HistoryStore::count_rows(const char* sql) {
  if (!db_) return 0;
  try {
    auto s = db_->prepare(sql);
    return s.step() ? s.integer(0) : 0;
  } catch (const StorageError&) {
    return 0;
  }
}

std::optional<std::uint64_t> HistoryStore::last_content_hash() {
  if (!db_) return std::nullopt;
  try {
    auto s = db_->prepare("SELECT content_hash FROM revision ORDER BY id DESC LIMIT 1");
    if (!s.step()) return std::nullopt;
    return std::stoull(s.text(0), nullptr, 16);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::vector<std::string> HistoryStore::last_files() {
  if (!db_) return {};
  try {
    auto s = db_->prepare("SELECT files FROM revision ORDER BY id DESC LIMIT 1");
    if (!s.step()) return {};
    auto j = nlohmann::json::parse(s.text(0), nullptr, false);
    if (!j.is_array()) return {};
    std::vector<std::string> files;
    for (const auto& f : j)
      if (f.is_string()) files.push_back(f.get<std::string>());
    return files;
  } catch (const std::exception&) {
    return {};
  }
}

namespace {
constexpr const char* kChangeColumns =
    "SELECT plan, action, title, from_status, to_status, at, at_unix, cause FROM state_change ";

// Every row a query on kChangeColumns returns; nullopt when the database fails.
std::optional<std::vector<wres::StatusChange>> change_rows(Statement& s) {
  std::vector<wres::StatusChange> out;
  try {
    while (s.step())
      out.push_back({.plan = s.text(0),
                     .action = s.text(1),
                     .title = s.text(2),
                     .from = wres::Mark::named(s.text(3)),
                     .to = wres::Mark::named(s.text(4)),
                     .at = s.text(5),
                     .at_unix = s.integer(6),
                     .cause = wres::change_cause_from_name(s.text(7)).value_or(wres::ChangeCause::unknown)});
  } catch (const StorageError&) {
    return std::nullopt;
  }
  return out;
}
}  // namespace

std::optional<std::vector<wres::StatusChange>> HistoryStore::recent_changes(std::int64_t since_unix, int limit) {
  if (!db_) return std::nullopt;
  try {
    const std::string sql = std::string(kChangeColumns) + "WHERE at_unix >= ? ORDER BY at_unix DESC, id DESC LIMIT ?";
    auto s = db_->prepare(sql.c_str());
    s.bind(1, since_unix).bind(2, std::int64_t{limit});
    return change_rows(s);
  } catch (const StorageError&) {
    return std::nullopt;
  }
}

std::optional<std::vector<wres::StatusChange>> HistoryStore::history(const std::string& plan,
                                                                     const std::string& action) {
  if (!db_) return std::nullopt;
  try {
    const std::string sql =
        std::string(kChangeColumns) + "WHERE action = ?1 AND (?2 = '' OR plan = ?2) ORDER BY at_unix, id";
    auto s = db_->prepare(sql.c_str());
    s.bind(1, action).bind(2, plan);
    return change_rows(s);
  } catch (const StorageError&) {
    return std::nullopt;
  }
}

std::string HistoryStore::integrity_check() {
  if (!db_) return "not open";
  try {
    auto s = db_->prepare("PRAGMA integrity_check");
    return s.step() ? s.text(0) : "no answer";
  } catch (const StorageError& e) {
    return e.what();
  }
}

}  // namespace wresd
