return UprSite.Cli.UprSiteApp.Run(args);
