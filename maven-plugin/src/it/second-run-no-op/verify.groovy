def log = new File(basedir, 'build.log').text
def output = new File(basedir, 'target/generated-sources/ecrgen').canonicalPath

// build.log holds both builds: the first generates, the second finds nothing changed
assert log.count('ecrgen: generating from ') == 1
assert log.count("ecrgen: ${output} is up to date with ") == 1
assert log =~ /is up to date with [^\n]*\n(.*\n)*?[^\n]*Nothing to compile - all classes are up to date/
return true
