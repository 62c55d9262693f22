"""An example Hark skill plugin: dice and coins."""
