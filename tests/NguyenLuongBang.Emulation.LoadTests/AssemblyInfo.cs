// The runs start a portal process each and measure it: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
