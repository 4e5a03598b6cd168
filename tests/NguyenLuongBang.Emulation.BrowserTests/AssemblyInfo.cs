// One browser journey at a time: on a 2-core machine several Chromium instances and app servers
// at once make page loads slow enough to time out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
