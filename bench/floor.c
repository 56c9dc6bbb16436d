/*
 * The floor for the aggregator benchmark: list <dir> and <dir>/instances once each, open and read every entry,
 * nothing else (no parsing, no stat). Prints the number of files and bytes read so the work cannot be elided.
 * Build: gcc -O2 -o target/floor bench/floor.c
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static long files, bytes;

static void read_all(const char *path) {
    DIR *d = opendir(path);
    if (!d) { perror(path); return; }
    int dfd = dirfd(d);
    char buf[65536];
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (e->d_type == DT_DIR) continue;
        int fd = openat(dfd, e->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) continue;
        ssize_t n;
        while ((n = read(fd, buf, sizeof buf)) > 0) bytes += n;
        close(fd);
        files++;
    }
    closedir(d);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: floor DIR\n"); return 2; }
    char sub[4096];
    read_all(argv[1]);
    snprintf(sub, sizeof sub, "%s/instances", argv[1]);
    read_all(sub);
    printf("{\"files\": %ld, \"bytes\": %ld}\n", files, bytes);
    return 0;
}
