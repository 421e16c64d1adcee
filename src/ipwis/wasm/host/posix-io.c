/* WASI's I/O for the host command: the process's own file descriptors
   0, 1 and 2, the system clocks and the kernel's random bytes. */
#include "host.h"
#include <errno.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static int32_t
posix_write (void *ctx, uint32_t fd, const uint8_t *data, uint32_t size)
{
  (void) ctx;
  if (fd != 1 && fd != 2)
    return -WASI_EBADF;
  ssize_t n = write ((int) fd, data, size);
  return n < 0 ? -WASI_EIO : (int32_t) n;
}

static int32_t
posix_read (void *ctx, uint32_t fd, uint8_t *data, uint32_t size)
{
  (void) ctx;
  if (fd != 0)
    return -WASI_EBADF;
  ssize_t n = read (0, data, size);
  return n < 0 ? -WASI_EIO : (int32_t) n;
}

static int32_t
posix_close (void *ctx, uint32_t fd)
{
  (void) ctx;
  return fd <= 2 ? WASI_ESUCCESS : WASI_EBADF;
}

static int32_t
posix_seek (void *ctx, uint32_t fd, int64_t offset, uint8_t whence,
            uint64_t *position)
{
  (void) ctx, (void) offset, (void) whence, (void) position;
  return fd <= 2 ? WASI_ESPIPE : WASI_EBADF;
}

static bool
posix_file_type (void *ctx, uint32_t fd, uint8_t *type)
{
  (void) ctx;
  *type = 2;                    /* a character device */
  return fd <= 2;
}

static bool
posix_clock (void *ctx, uint32_t id, uint64_t *nanoseconds)
{
  static const clockid_t clocks[] = { CLOCK_REALTIME, CLOCK_MONOTONIC,
                                      CLOCK_PROCESS_CPUTIME_ID,
                                      CLOCK_THREAD_CPUTIME_ID };
  struct timespec t;
  (void) ctx;
  if (id > 3 || clock_gettime (clocks[id], &t) != 0)
    return false;
  *nanoseconds = (uint64_t) t.tv_sec * 1000000000u + (uint64_t) t.tv_nsec;
  return true;
}

static void
posix_random (void *ctx, uint8_t *buffer, uint32_t size)
{
  (void) ctx;
  while (size > 0)
    {
      ssize_t n = getrandom (buffer, size, 0);
      if (n <= 0 && errno != EINTR)
        break;
      if (n > 0)
        buffer += n, size -= (uint32_t) n;
    }
}

const struct wasi_io posix_wasi_io =
  {
    posix_write, posix_read, posix_close, posix_seek, posix_file_type,
    posix_clock, posix_random, NULL,
  };
