UprSite.Cli.JitProfile.Start(args);
return UprSite.Cli.UprSiteApp.Run(args);
