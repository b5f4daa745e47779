/*
 * libFuzzer target: any bytes as an icoc document of the kind named by
 * FUZZ_KIND at build time (set, selection, catalogue), through the same
 * loader and semantic checks as `icoc validate`.  Run with `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cat.h"
#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char file[] = "/tmp/icoc-fuzz-XXXXXX.xml";
static int ready;

static void
setup(void)
{
	int fd = mkstemps(file, 4);

	if (fd < 0)
		abort();
	close(fd);
	xml_init();
	path_init("icoc");
	path_add("tests/fixtures/sets");
	msg_set_stream(fopen("/dev/null", "w"));
	ready = 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp;
	int status, sys;

	if (!ready)
		setup();
	if ((fp = fopen(file, "wb")) == NULL)
		return 0;
	fwrite(data, 1, size, fp);
	fclose(fp);
#if FUZZ_KIND == 1
	set_free(set_load_file(file, &status));
#elif FUZZ_KIND == 2
	status = sel_check_file(file);
#else
	cat_free(cat_load_file(file, &sys));
#endif
	(void)status;
	(void)sys;
	return 0;
}
