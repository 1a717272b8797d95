# Thin aliases for ./dev, which needs nothing but bash on a fresh machine.
.PHONY: run test bench package install
run:
	./dev run
test:
	./dev test
bench:
	./dev bench
package:
	./dev package
install:
	./dev install
