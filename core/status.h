// Status and Result<T>: how every stage reports failure. Errors are values across stage
// boundaries; no stage lets an exception from its dependency escape (RocksDB, yaml-cpp,
// ICU, Boost and Graphviz errors are caught by the adapter that calls them).
//
// A Status is Ok or carries a code and a message that names what failed (a file, a line,
// an offset, a rule). Both types are cheap to move and must not be ignored.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace guanxi {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed (bad flag, bad rule, bad bytes)
  kNotFound,         // a file, a document, a person that does not exist
  kCorruption,       // stored data that cannot be read back
  kIOError,          // the operating system or the storage engine failed
  kBusy,             // a resource is held by another process (the store's write lock)
  kUnsupported,      // a version or format this build does not handle
  kInternal,         // a bug in guanxi
};

const char* status_code_name(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // Ok
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status Busy(std::string m) { return {StatusCode::kBusy, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "NotFound: no such file: a.txt" (or "OK").
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-Ok Status. value() on an error is a bug (it aborts).
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}                   // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {             // NOLINT: implicit by design
    if (std::get<Status>(v_).ok()) v_ = Status::Internal("Result built from an Ok status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace guanxi

#define GUANXI_CONCAT_INNER(a, b) a##b
#define GUANXI_CONCAT(a, b) GUANXI_CONCAT_INNER(a, b)

// Returns the Status of `expr` from the calling function when it is not Ok.
#define GUANXI_RETURN_IF_ERROR(expr)                     \
  do {                                                   \
    ::guanxi::Status guanxi_status_ = (expr);            \
    if (!guanxi_status_.ok()) return guanxi_status_;     \
  } while (0)

// `lhs = value of expr`, or returns its Status from the calling function.
#define GUANXI_ASSIGN_OR_RETURN(lhs, expr) \
  GUANXI_ASSIGN_OR_RETURN_IMPL(GUANXI_CONCAT(guanxi_result_, __LINE__), lhs, expr)
#define GUANXI_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()
