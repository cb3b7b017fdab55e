def log = new File(basedir, 'build.log').text
def checkedIn = new File(basedir, 'src/main/iam/policy.json')

assert log.contains('[ERROR] Failed to execute goal dev.ecrgen:ecrgen-maven-plugin:')
assert log.contains(':policy (policy) on project policy-drift: ecrgen: the code needs 1 action that ' + checkedIn.path + ' does not allow:')
assert log.contains('[ERROR]   ecr:PutImage, called at com.example.app.Pusher.push(Pusher.java:18)')
assert !log.contains('ecr:GetAuthorizationToken, called at')
// with scanDependencies, the runtime class path's jars were read too (the runtime and the SDK's auth jars)
def summary = log =~ /\[INFO\] ecrgen: 2 client call sites in (\d+) classes \((\d+) inputs; \d+ classes of the clients themselves not counted\) need 2 actions of 1 service/
assert summary.find()
assert (summary.group(1) as int) > 100
assert (summary.group(2) as int) > 2
// the policy the code needs is written before the build fails, ready to replace the checked-in one
def policy = new File(basedir, 'target/ecrgen/iam-policy.json').text
assert policy.contains('"ecr:GetAuthorizationToken",\n        "ecr:PutImage"\n')
assert !log.contains('Exception in thread') && !log.contains('\tat dev.ecrgen')
return true
