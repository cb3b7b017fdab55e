def log = new File(basedir, 'build.log').text

assert new File(basedir, 'ecr-client/target/ecrgen-ecr-client-' + projectVersion + '.jar').isFile()
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
return true
