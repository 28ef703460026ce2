use clap::Parser;
use model::{Config, Greeting};

/// Greets someone a number of times.
#[derive(Parser, Debug)]
struct Args {
    #[arg(long, default_value = "world")]
    name: String,
    #[arg(long, default_value_t = 1)]
    times: u32,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let config = Config { name: args.name, times: args.times };
    for _ in 0..config.times {
        let greeting = tokio::spawn({
            let name = config.name.clone();
            async move { Greeting::to(&name) }
        })
        .await
        .expect("the greeting task panicked");
        println!("{}", greeting.0);
    }
    println!("{}", serde_json::to_string(&config).unwrap());
}
