using IzmirSymbiosis.Cli;

return await CommandTable.RunAsync(args);
