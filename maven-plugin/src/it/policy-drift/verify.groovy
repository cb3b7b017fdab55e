def log = new File(basedir, 'build.log').text
def checkedIn = new File(basedir, 'src/main/iam/policy.json')

assert log.contains('[ERROR] Failed to execute goal dev.ecrgen:ecrgen-maven-plugin:')
assert log.contains(':policy (policy) on project policy-drift: ecrgen: the code needs 1 action that ' + checkedIn.path + ' does not allow:')
assert log.contains('[ERROR]   ecr:PutImage, called at com.example.app.Pusher.push(Pusher.java:18)')
assert !log.contains('ecr:GetAuthorizationToken, called at')
// the policy the code needs is written before the build fails, ready to replace the checked-in one
def policy = new File(basedir, 'target/ecrgen/iam-policy.json').text
assert policy.contains('"ecr:GetAuthorizationToken",\n        "ecr:PutImage"\n')
assert !log.contains('Exception in thread') && !log.contains('\tat dev.ecrgen')
return true
